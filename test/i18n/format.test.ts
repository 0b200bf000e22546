import { expect } from '@open-wc/testing';
import { fill, formatDate, partsText } from '../../src/i18n/format.js';
import type { Label, LabelValues } from '../../src/i18n/label-types.js';

const text = (label: Label, values: LabelValues, lang: string) => partsText(fill(label, values, lang));
const SOURCES =
  '{count, plural, zero {لا مصادر} one {مصدر واحد} two {مصدران} few {# مصادر} many {# مصدرًا} other {# مصدر}}';

describe('filling a label', () => {
  it('picks each plural form the language has (Intl.PluralRules)', () => {
    const counts = [0, 1, 2, 3, 11, 100].map((count) => text(SOURCES, { count }, 'ar-EG'));
    expect(counts).to.deep.equal(['لا مصادر', 'مصدر واحد', 'مصدران', '٣ مصادر', '١١ مصدرًا', '١٠٠ مصدر']);
    const ru = '{n, plural, one {# источник} few {# источника} many {# источников} other {# источника}}';
    expect([1, 3, 5, 21, 1.5].map((n) => text(ru, { n }, 'ru'))).to.deep.equal([
      '1 источник',
      '3 источника',
      '5 источников',
      '21 источник',
      '1,5 источника',
    ]);
  });

  it('prefers an exact =n form, and fills placeholders inside a form', () => {
    const label = '{n, plural, =0 {nothing from {outlet}} one {# from {outlet}} other {# from {outlet}}}';
    expect(text(label, { n: 0, outlet: 'Time' }, 'en')).to.equal('nothing from Time');
    expect(text(label, { n: 2, outlet: 'Time' }, 'en')).to.equal('2 from Time');
  });

  it("writes numbers and percentages with the language's digits and signs", () => {
    expect(text('{n} ({share, number, percent})', { n: 1200, share: 0.22 }, 'de')).to.equal('1.200 (22\u00a0%)');
    expect(text('{n} ({share, number, percent})', { n: 1200, share: 0.22 }, 'ar-EG')).to.equal('١٬٢٠٠ (٢٢٪؜)');
    expect(text('{share, number, percent}', { share: 0.5 }, 'fr')).to.match(/^50[\u00a0\u202f]%$/); // a no-break space
  });

  it('joins lists as the language does, each name isolated', () => {
    const parts = fill('{names}', { names: ['Reason', 'Time', 'ProMarket'] }, 'de');
    expect(partsText(parts)).to.equal('Reason, Time und ProMarket');
    expect(parts.filter((part) => typeof part !== 'string')).to.have.length(3);
    expect(text('{names}', { names: ['أ', 'ب'] }, 'ar')).to.equal('أ وب'); // the Arabic "and" joins the next word
  });

  it('marks story text for isolation, but not numbers or words of our own', () => {
    const parts = fill('{lean}: {outlet} {n}', { lean: { plain: 'Mitte' }, outlet: 'Le Monde', n: 3 }, 'de');
    expect(parts).to.deep.equal(['Mitte', ': ', { isolate: 'Le Monde' }, ' ', '3']);
  });

  it('leaves a placeholder without a value as written, and takes functions', () => {
    expect(text('Read on {outlet}', {}, 'en')).to.equal('Read on {outlet}');
    expect(text((values, lang) => `${lang}:${values.n}`, { n: 2 }, 'pl')).to.equal('pl:2');
  });

  it('keeps a brace left open as text', () => {
    expect(text('Read on {outlet', { outlet: 'Time' }, 'en')).to.equal('Read on {outlet');
    expect(text('{n} of {total', { n: 2, total: 3 }, 'en')).to.equal('2 of {total');
  });

  it('formats with English when the browser does not know the tag', () => {
    expect(text('{n}', { n: 1200 }, 'not a tag!')).to.equal('1,200');
    expect(formatDate('2026-03-14', 'ja')).to.equal('2026年3月14日');
    expect(formatDate('2026-03-14', 'not a tag!')).to.equal('2026-03-14');
  });
});
