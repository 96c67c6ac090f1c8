import type { ValueLabels } from './form-spec';
import { formatSchedule } from '@/lib/validation/admin/schedule';
import type { WeeklyOpening } from '@/lib/validation/dataset/crisis-line';

/**
 * A stored value as coordinators read it: enum values by their names, yes/no, phones as numbers, places and
 * channels one per line. Text is rendered as text (React escapes it), never as markup.
 */

type Obj = Record<string, unknown>;

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

function phonesText(value: unknown): string {
  if (!Array.isArray(value)) return '';
  return value
    .map((p) => (typeof p === 'object' && p !== null ? [(p as Obj).number, (p as Obj).description].filter(Boolean).join(' | ') : String(p)))
    .join(', ');
}

function objectText(field: string, value: Obj, labels: ValueLabels): string {
  const parts: string[] = [];
  for (const [key, v] of Object.entries(value)) {
    if (isEmpty(v) || v === false) continue;
    if (key === 'confidential' && v === true) parts.push(labels.confidential);
    else if (key === 'is24x7' && v === true) parts.push(labels.always);
    else if (key === 'phones') parts.push(phonesText(v));
    else if (key === 'schedule' && Array.isArray(v)) parts.push(formatSchedule(v as WeeklyOpening[]).replace(/\n/g, '; '));
    else if (typeof v === 'string' || typeof v === 'number') parts.push(labels.values[`${field}.${key}`]?.[String(v)] ?? String(v));
  }
  return parts.join(' · ');
}

export function valueText(field: string, value: unknown, labels: ValueLabels): string[] {
  if (isEmpty(value)) return [];
  if (typeof value === 'boolean') return [value ? labels.yes : labels.no];
  if (typeof value === 'string' || typeof value === 'number') return [labels.values[field]?.[String(value)] ?? String(value)];
  if (Array.isArray(value)) {
    if (field === 'phones') return value.map((p) => phonesText([p]));
    return value.map((v) => (typeof v === 'object' && v !== null ? objectText(field, v as Obj, labels) : (labels.values[field]?.[String(v)] ?? String(v))));
  }
  if (typeof value === 'object' && value !== null) return [objectText(field, value as Obj, labels)];
  return [String(value)];
}

export function ValueView({ field, value, labels }: { field: string; value: unknown; labels: ValueLabels }) {
  const lines = valueText(field, value, labels);
  if (lines.length === 0) return <span className="text-slate-500">{labels.empty}</span>;
  if (lines.length === 1) return <span className="whitespace-pre-line break-words">{lines[0]}</span>;
  return (
    <ul className="list-disc space-y-1 pl-5">
      {lines.map((line, i) => (
        <li key={i} className="whitespace-pre-line break-words">
          {line}
        </li>
      ))}
    </ul>
  );
}
