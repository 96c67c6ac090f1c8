import { describe, expect, it } from 'vitest';
import { normalizeForIndex } from '@/lib/search/latvian';
import { vocabularyOf } from '@/lib/search/vocabulary';

const entry = (name: string, text = '', summary: string | null = null, targetGroup: string | null = null) => ({ name, text, summary, targetGroup });
const stem = (word: string) => normalizeForIndex(word);

describe('the catalogue vocabulary of search gaps', () => {
  it('holds the stems of the words an entry writes itself, folded as queries are', () => {
    const stems = vocabularyOf([entry('Bērnu psihologa konsultācijas', 'Atbalsts pusaudžiem ar atkarībām.', 'Bez maksas', 'ģimenes ar bērniem')]);
    for (const word of ['psihologs', 'konsultacija', 'pusaudzis', 'atkariba', 'maksa', 'gimene', 'berni']) expect(stems, word).toContain(stem(word));
    // a sentence's first word counts only where it is also written in lower case
    expect(stems).not.toContain(stem('atbalsts'));
  });

  it('leaves out words the catalogue only writes with a capital letter: names of people, streets and places', () => {
    const stems = vocabularyOf([entry('Atbalsta centrs', 'Vada Jānis Bērziņš, Brīvības ielā 12, Talsos.')]);
    expect(stems).toContain(stem('centrs'));
    expect(stems).toContain(stem('ielā'));
    for (const name of ['Jānis', 'Bērziņš', 'Brīvības', 'Talsos']) expect(stems, name).not.toContain(stem(name));
  });

  it('keeps a word written in lower case anywhere, even if capitalised elsewhere', () => {
    expect(vocabularyOf([entry('Krīzes tālrunis'), entry('Palīdzība', 'zvaniet uz krīzes tālruni')])).toContain(stem('krīzes'));
  });

  it('has no stop words, empty stems or repeats', () => {
    const stems = vocabularyOf([entry('Atbalsts un palīdzība', 'un ar par atbalsts atbalsts')]);
    expect(stems).not.toContain('');
    expect(stems).not.toContain('un');
    expect(new Set(stems).size).toBe(stems.length);
  });
});
