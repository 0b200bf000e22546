// Every shipped pack says everything the English one says, with no
// placeholder English does not fill, and every plural form its language has.
import { expect } from '@open-wc/testing';
import { DEFAULT_LABELS } from '../../src/shared/labels.js';
import { SHIPPED_PACKS } from '../../src/i18n/shipped-packs.js';
import type { LabelPack } from '../../src/i18n/label-types.js';

/** Every `{name` in a label, at any depth (inside plural forms too). */
const placeholders = (label: string) => new Set([...label.matchAll(/\{\s*(\w+)\s*[,}]/g)].map((m) => m[1]!));

/** The categories each `{n, plural, …}` of a label writes out. */
function pluralForms(label: string): string[][] {
  return [...label.matchAll(/\{\s*\w+\s*,\s*plural\s*,/g)].map((m) => {
    const forms: string[] = [];
    let depth = 0;
    for (const [i, c] of [...label.slice(m.index! + m[0].length)].entries()) {
      if (c === '{' && depth++ === 0) forms.push(/(=?\w+)\s*$/.exec(label.slice(0, m.index! + m[0].length + i))![1]!);
      if (c === '}' && --depth < 0) break;
    }
    return forms;
  });
}

const packs: Record<string, LabelPack> = {};
before(async () => {
  for (const lang of SHIPPED_PACKS) {
    packs[lang] = (await import(/* @vite-ignore */ `../../src/locales/${lang}.ts`)).default;
  }
});

describe('the label packs', () => {
  it('are the 14 languages of the issue, at least', () => {
    for (const lang of ['en', 'es', 'fr', 'de', 'it', 'pt', 'nl', 'pl', 'ru', 'uk', 'ar', 'he', 'ja', 'zh'])
      expect(SHIPPED_PACKS).to.include(lang);
  });

  for (const lang of SHIPPED_PACKS) {
    describe(lang, () => {
      it('has every key of the English pack, and no other', () => {
        expect(Object.keys(packs[lang]!).sort()).to.deep.equal(Object.keys(DEFAULT_LABELS).sort());
      });

      it('uses no placeholder that English does not fill', () => {
        for (const [key, label] of Object.entries(packs[lang]!)) {
          const english = placeholders(DEFAULT_LABELS[key as keyof typeof DEFAULT_LABELS]);
          for (const name of placeholders(label as string))
            expect(english.has(name), `${key}: {${name}}`).to.equal(true);
        }
      });

      it('leaves no label empty or untranslated by mistake', () => {
        for (const [key, label] of Object.entries(packs[lang]!)) {
          expect(typeof label === 'string' && label.trim().length > 0, key).to.equal(true);
        }
      });

      it('writes every plural category the language has', () => {
        const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const [key, label] of Object.entries(packs[lang]!)) {
          for (const forms of pluralForms(label as string)) {
            for (const category of categories) expect(forms, `${key} (${category})`).to.include(category);
          }
        }
      });
    });
  }

  it('finds a missing key and a stray placeholder (the checks can fail)', () => {
    const { sources: _, ...short } = DEFAULT_LABELS;
    expect(Object.keys(short).sort()).not.to.deep.equal(Object.keys(DEFAULT_LABELS).sort());
    expect(placeholders('Lire sur {outlet} ({when})').has('when')).to.equal(true);
    expect(pluralForms('{n, plural, one {# a} other {# b {x}}}')).to.deep.equal([['one', 'other']]);
  });
});
