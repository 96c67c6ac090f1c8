import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';

// The pages are checked against the curated dataset the e2e server loads (prisma/data).
const dataset = <T>(name: string): T => JSON.parse(readFileSync(path.join(process.cwd(), 'prisma', 'data', `${name}.json`), 'utf8')) as T;

interface LocationRecord {
  addressLine?: string;
  municipality?: string;
  confidential: boolean;
}
interface ServiceRecord {
  slug: string;
  name: string;
  status: string;
  locations: LocationRecord[];
}
interface MunicipalityRecord {
  slug: string;
  name: string;
  planningRegion: string;
}

const services = dataset<ServiceRecord[]>('services');
const municipalities = dataset<MunicipalityRecord[]>('municipalities');
const municipalServices = dataset<{ slug: string; name: string; municipality: string }[]>('municipal-social-services');

/** Text as React writes it into HTML. */
const inHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');

const SERVICE = '/lv/services/bkus-sociala-darbinieka-konsultacijas';

/** The value (dd) of the first label/value fact whose label is exactly `term`. */
function factValue(page: Page, term: string) {
  return page
    .locator('main dt')
    .filter({ hasText: new RegExp(`^${term}$`) })
    .first()
    .locator('xpath=following-sibling::dd[1]');
}

test.describe('service page', () => {
  test('shows the indicators in reading order, tap-to-call links, the provider and where the information comes from', async ({ page }) => {
    const response = await page.goto(SERVICE);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sociālā darbinieka konsultācijas');
    await expect(page).toHaveTitle(/Sociālā darbinieka konsultācijas/);

    // Sections in the order a reader needs them.
    const sections = await page.locator('main h2').allTextContents();
    const order = ['Kas tas ir un kam paredzēts', 'Kā saņemt', 'Maksa', 'Kur saņemt un kontakti', 'Pakalpojuma sniedzēji', 'Sīkāka informācija', 'Par šo informāciju'];
    expect(sections.filter((s) => order.includes(s))).toEqual(order);

    // Indicators as label/value facts.
    await expect(factValue(page, 'Mērķis')).toContainText('Stabilizēt mērķa grupas emocionālo stāvokli');
    await expect(factValue(page, 'Mērķa grupa')).toContainText('Bērni līdz 18 gadu vecumam');
    await expect(factValue(page, 'Vecums')).toHaveText('līdz 17 gadiem (ieskaitot)');
    await expect(factValue(page, 'Pieejams arī pēc 18 gadu vecuma')).toHaveText('Nē');
    await expect(factValue(page, 'Kā var saņemt')).toHaveText('Ar ārsta nosūtījumu');
    await expect(factValue(page, 'Kur pieejams')).toHaveText('Visā Latvijā');
    await expect(factValue(page, 'Līmenis')).toHaveText('Valsts');
    await expect(factValue(page, 'Apjoms')).toHaveText('Izvērtēšana – līdz 3 konsultācijām.');
    // A dash list in the stored text is a list on the page.
    expect(await factValue(page, 'Uzdevumi').locator('li').count()).toBeGreaterThan(5);
    // Indicators the source leaves empty are named, not silently dropped.
    await expect(page.getByText('Avotā nav norādīts:')).toBeVisible();

    // Tap to call, write, open.
    await expect(page.locator('main a[href="tel:+37125606580"]')).toHaveText('+371 2560 6580');
    await expect(page.locator('main a[href="mailto:atbalstaprojekts@bkus.lv"]')).toBeVisible();
    // The place with its address and hours.
    await expect(page.locator('main')).toContainText('Vienības gatve 45, Rīga');

    const provider = page.getByRole('link', { name: 'Bērnu klīniskā universitātes slimnīca', exact: true });
    await expect(provider).toHaveAttribute('href', '/lv/providers/bernu-kliniska-universitates-slimnica');

    await expect(factValue(page, 'Pēdējoreiz pārbaudīts')).toContainText('Informācija vēl nav pārbaudīta');
    await expect(factValue(page, 'Informācijas avots')).toContainText('informatīvā semināra materiāls');
    await expect(factValue(page, 'Spēkā līdz')).toHaveText('2027. gada 30. jūnijs');

    // The domain's general notes are there, collapsed.
    const notes = page.getByRole('region', { name: 'Vispārīga informācija par jomu: Veselība' }).locator('details');
    await expect(notes).not.toHaveAttribute('open');
    await notes.locator('summary').click();
    await expect(notes.getByRole('heading', { level: 3 }).first()).toBeVisible();

    await provider.click();
    await expect(page).toHaveURL(/\/lv\/providers\/bernu-kliniska-universitates-slimnica$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bērnu klīniskā universitātes slimnīca');
    await expect(page.getByRole('link', { name: 'Sociālā darbinieka konsultācijas', exact: true })).toHaveAttribute('href', SERVICE);
  });

  test('carries schema.org JSON-LD with the providers, with no raw "<" in the script', async ({ request }) => {
    const html = await (await request.get(SERVICE)).text();
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1] ?? '');
    expect(scripts).toHaveLength(1);
    const [script] = scripts;
    expect(script).not.toContain('<');
    const data = JSON.parse(script ?? '{}');
    expect(data['@type']).toBe('Service');
    expect(data.name).toBe('Sociālā darbinieka konsultācijas');
    expect(data.provider).toEqual([expect.objectContaining({ '@type': 'Organization', name: 'Bērnu klīniskā universitātes slimnīca' })]);
    expect(data.areaServed).toEqual([expect.objectContaining({ '@type': 'Country' })]);
    expect(JSON.stringify(data.availableChannel)).toContain('+37125606580');
  });

  test('translates the interface and keeps the entry data in Latvian', async ({ page }) => {
    await page.goto(SERVICE.replace('/lv/', '/en/'));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sociālā darbinieka konsultācijas');
    await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'lv');
    await expect(page.getByRole('heading', { level: 2, name: 'What it is and who it is for' })).toBeVisible();
    await expect(factValue(page, 'Age')).toHaveText('up to 17 years of age (inclusive)');
    await expect(factValue(page, 'Purpose')).toContainText('Stabilizēt mērķa grupas');
  });

  test('never puts the address of a confidential location into the HTML, and does show ordinary addresses', async ({ request }) => {
    const withPlaces = services.filter((s) => s.status === 'published' && s.locations.some((l) => l.addressLine));
    expect(withPlaces.length).toBeGreaterThan(0);
    let confidential = 0;
    for (const service of withPlaces) {
      const html = await (await request.get(`/lv/services/${service.slug}`)).text();
      for (const location of service.locations) {
        if (!location.addressLine) continue;
        if (location.confidential) {
          confidential++;
          expect(html, `${service.slug}: confidential address`).not.toContain(inHtml(location.addressLine));
          expect(html).toContain('Adrese drošības apsvērumu dēļ netiek publiskota');
        } else {
          expect(html, `${service.slug}: address`).toContain(inHtml(location.addressLine));
        }
      }
    }
    test.info().annotations.push({ type: 'confidential locations checked', description: String(confidential) });
  });
});

test('the social services page lists every municipality under its planning region', async ({ page }) => {
  await page.goto('/lv/social-services');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pašvaldību sociālie dienesti');
  const regions = [
    ['riga', 'Rīgas reģions'],
    ['vidzeme', 'Vidzeme'],
    ['kurzeme', 'Kurzeme'],
    ['zemgale', 'Zemgale'],
    ['latgale', 'Latgale'],
  ] as const;
  expect(await page.locator('main h2').allTextContents()).toEqual(regions.map(([, label]) => label));
  for (const [region, label] of regions) {
    const section = page.getByRole('region', { name: label, exact: true });
    const expected = municipalities.filter((m) => m.planningRegion === region).map((m) => m.name);
    const listed = await section.locator('h3').allTextContents();
    expect(listed.map((name) => name.trim()).sort()).toEqual([...expected].sort());
  }
  expect(await page.locator('main h3').count()).toBe(municipalities.length);

  // Each social service is linked to its page, with tap-to-call numbers.
  for (const service of municipalServices) {
    await expect(page.getByRole('link', { name: service.name, exact: true })).toHaveAttribute('href', `/lv/social-services/${service.slug}`);
  }
  const calls = await page.locator('main a[href^="tel:"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
  expect(calls.length).toBeGreaterThanOrEqual(municipalServices.length);
  for (const href of calls) expect(href).toMatch(/^tel:\+371\d{8}$/);

  const [first] = municipalServices;
  if (!first) throw new Error('no municipal social services in the dataset');
  await page.getByRole('link', { name: first.name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(first.name);
  await expect(page.locator('main a[href^="tel:"]').first()).toBeVisible();
});

test('the crisis lines page puts 112 first and says whether each line answers now', async ({ page }) => {
  await page.goto('/lv/crisis-lines');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Krīzes un atbalsta tālruņi');
  const firstCall = page.locator('main a[href^="tel:"]').first();
  await expect(firstCall).toHaveAttribute('href', 'tel:112');
  await expect(page.locator('main article').first().getByRole('heading', { level: 3 })).toHaveText('Vienotais ārkārtas palīdzības numurs');
  await expect(page.locator('main article').first()).toContainText('Sasniedzams visu diennakti');

  // A line whose hours the source does not give says so, rather than guessing.
  const childLine = page.locator('main article', { has: page.locator('a[href="tel:116111"]') });
  await expect(childLine).toContainText('Darba laiks nav zināms');
  // A line with weekly hours is either open or closed now, by Latvian time.
  const scheduled = page.locator('main article', { has: page.locator('a[href="tel:+37125606580"]') });
  await expect(scheduled.locator('[data-availability]').first()).toHaveAttribute('data-availability', /^(open|closed)$/);

  const emergency = page.getByRole('region', { name: 'Ārkārtas palīdzības numuri', exact: true });
  await expect(emergency.locator('a[href^="tel:"]').first()).toHaveAttribute('href', 'tel:112');
});

for (const route of ['services', 'providers', 'social-services', 'crisis-lines']) {
  test(`an unknown ${route} slug gives a 404`, async ({ page }) => {
    const response = await page.goto(`/lv/${route}/no-such-entry`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  });
}
