/**
 * The stories the Storybook stories show. The seed is the demo's own file;
 * the others are built here to push one thing to its limit each.
 */
import type { Labels, Lean, Source, Story } from '../../src/index.js';
import seedJson from '../../demo/stories/open-source-ai.json';

// Without its `lang`, so that its labels follow the Language switch in the toolbar (the page's `lang`).
export const seed = { ...seedJson, lang: undefined } as Story;

/** URLs served by Storybook itself (see staticDirs and held-open.js in .storybook/). */
export const urls = {
  seed: '/stories/open-source-ai.json',
  missing: '/fixtures/no-such-story.json',
  notJson: '/fixtures/login-page.html',
  brokenJson: '/fixtures/broken.json',
  schemaError: '/fixtures/schema-error.json',
  neverAnswers: '/held-open/story.json',
};

/** Only what the format requires. */
export const requiredOnly: Story = { id: 'bus-network', title: 'Council approves the new bus network' };

const longWord = 'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz';

/** Words longer than any phone is wide, in every field a widget shows. */
export const longWords: Story = {
  ...seed,
  id: 'long-words',
  topic: 'Verwaltungsvereinfachungsmaßnahmenkatalog',
  title: `${longWord}: the ${longWord.length}-letter law, and why the longest headline on the page must still wrap without pushing the layout sideways`,
  summary: `A dek with an unbroken URL-like token: https://example.org/${'a-very-long-path-segment-'.repeat(6)}end and the word ${longWord} twice: ${longWord}.`,
  perspectives: [{ label: `Supporters of the ${longWord}`, summary: `${longWord} ${longWord}` }],
  notRepresented: [`Everyone affected by the ${longWord}Änderungsverordnungsentwurf`],
  viewpoints: seed.viewpoints?.map((v) => ({ ...v, name: `${v.name} of the ${longWord}` })),
  sources: seed.sources?.map((s) => ({
    ...s,
    outlet: `${s.outlet}${longWord}`,
    headline: `${longWord} ${s.headline}`,
  })),
  related: [{ title: `${longWord} ${longWord}`, topic: longWord, sourceCount: 1 }],
};

const leans: Lean[] = ['left', 'lean-left', 'center', 'lean-right', 'right', 'unrated'];

/** A hundred sources, every lean present, each one cited. */
export const hundredSources: Story = {
  ...seed,
  id: 'hundred-sources',
  title: 'One hundred outlets on the same budget vote',
  body: [Array.from({ length: 100 }, (_, i) => `Claim ${i + 1} [${i + 1}].`).join(' ')],
  viewpoints: seed.viewpoints?.map((v, i) => ({
    ...v,
    sourceIds: Array.from({ length: 33 }, (_, j) => j * 3 + i + 1),
  })),
  sources: Array.from({ length: 100 }, (_, i): Source => ({
    id: i + 1,
    outlet: `Outlet number ${i + 1}`,
    lean: leans[i % leans.length],
    headline: `Headline ${i + 1} on the budget vote`,
    url: `https://example.org/budget/${i + 1}`,
  })),
};

/** Mostly left-leaning sources: `<coverage-gaps>` adds its one-sided notice. */
export const oneSided: Story = {
  ...seed,
  id: 'one-sided',
  sources: seed.sources?.map((s, i) => ({ ...s, lean: i < 5 ? (i % 2 ? 'left' : 'lean-left') : 'center' })),
};

/** The seed's sources with a kind, a paywall flag and a date each (one of each kind). */
export const kindsOfSource: Story = {
  ...seed,
  id: 'kinds-of-source',
  sources: seed.sources?.map((s, i) => ({
    ...s,
    url: `https://example.org/kinds/${s.id}`,
    type: (['news', 'analysis', 'opinion', 'factcheck', 'press-release', 'other'] as const)[i],
    paywalled: i % 3 === 0,
    publishedAt: `2026-03-0${i + 1}`,
  })),
  viewpoints: seed.viewpoints?.map((v, i) => ({ ...v, sourceIds: [i + 1, i + 4] })),
};

/** Coverage from the left and the center only, one source unrated: the sides view with an empty side. */
export const noRightCoverage: Story = {
  ...seed,
  id: 'no-right-coverage',
  sources: seed.sources?.map((s, i) => ({
    ...s,
    url: `https://example.org/sides/${s.id}`,
    lean: (['left', 'lean-left', 'center', 'lean-left', 'unrated', 'center'] as const)[i],
  })),
};

/** Arabic: the widgets take `lang` and `dir="rtl"` from the story. */
export const rightToLeft: Story = {
  id: 'water-ar',
  lang: 'ar',
  title: 'جدل حول خطة جديدة لتوزيع المياه في المدن الكبرى',
  topic: 'البيئة',
  summary: 'تختلف الحكومات والمزارعون وسكان المدن حول أفضل طريقة لتقاسم المياه في سنوات الجفاف.',
  updatedAt: '2026-03-14',
  perspectives: [
    { label: 'المزارعون', summary: 'يرون أن الزراعة تحتاج إلى حصة ثابتة من المياه لحماية الغذاء.' },
    { label: 'سكان المدن', summary: 'يطالبون بأولوية مياه الشرب وخفض الهدر في الشبكات القديمة.' },
  ],
  whyItMatters: 'تحدد هذه الخطة من يحصل على المياه أولاً عندما لا تكفي للجميع.',
  body: [
    'أعلنت الحكومة خطة جديدة لتوزيع المياه بين المدن والأرياف [1].',
    'ويقول المنتقدون إن الخطة لا تعالج تسرب المياه من الأنابيب القديمة [2].',
  ],
  notRepresented: ['العمال الموسميون في المزارع', 'سكان الأحياء غير الرسمية'],
  viewpoints: [
    {
      id: 'farmers',
      name: 'المزارعون',
      stance: 'حصة ثابتة للزراعة.',
      detail: 'يخشون خسارة المحاصيل إذا خُفضت حصتهم.',
      sourceIds: [1],
    },
    { id: 'cities', name: 'البلديات', stance: 'الأولوية لمياه الشرب.', sourceIds: [2] },
  ],
  sources: [
    {
      id: 1,
      outlet: 'صحيفة الصباح',
      lean: 'center',
      headline: 'الحكومة تعلن خطة المياه',
      url: 'https://example.org/ar/1',
    },
    {
      id: 2,
      outlet: 'الأخبار اليومية',
      lean: 'lean-left',
      headline: 'انتقادات لخطة المياه',
      url: 'https://example.org/ar/2',
    },
  ],
  related: [{ title: 'الجفاف يضرب المحاصيل للعام الثالث', topic: 'البيئة', sourceCount: 4 }],
};

/** A German story: its labels come from the German pack. */
export const germanStory: Story = {
  id: 'tempo-30',
  lang: 'de',
  title: 'Tempo 30 in der ganzen Stadt: Was dafür spricht und was dagegen',
  topic: 'Verkehr',
  summary: 'Der Stadtrat stimmt im Mai über ein flächendeckendes Tempolimit ab.',
  updatedAt: '2026-04-02',
  perspectives: [
    { label: 'Befürworter', summary: 'Weniger Lärm und weniger schwere Unfälle.' },
    { label: 'Gegner', summary: 'Längere Fahrzeiten für Busse und Lieferverkehr.' },
  ],
  whyItMatters: 'Die Entscheidung gilt als Vorbild für andere Städte.',
  body: ['Die Verwaltung legt eine Studie zu Unfällen vor [1]. Der Handelsverband warnt vor Umsatzeinbußen [2].'],
  notRepresented: ['Pendler aus dem Umland'],
  viewpoints: [
    {
      id: 'pro',
      name: 'Befürworter',
      stance: 'Sicherheit geht vor.',
      detail: 'Sie verweisen auf Städte mit weniger Verkehrstoten.',
      sourceIds: [1],
    },
    { id: 'contra', name: 'Gegner', stance: 'Der Verkehr muss fließen.', sourceIds: [2] },
  ],
  sources: [
    {
      id: 1,
      outlet: 'Stadtanzeiger',
      lean: 'center',
      headline: 'Studie: Tempo 30 senkt Unfallzahlen',
      url: 'https://example.org/de/1',
    },
    {
      id: 2,
      outlet: 'Morgenpost',
      lean: 'lean-right',
      headline: 'Händler fürchten leere Innenstadt',
      url: 'https://example.org/de/2',
    },
  ],
  related: [{ title: 'Neue Radwege am Ring', topic: 'Verkehr', sourceCount: 3 }],
};

/** The seed, shortened: for stories that show the same widget several times. */
export const compact: Story = {
  ...seed,
  id: 'compact',
  body: seed.body?.slice(0, 1),
  related: undefined,
  viewpoints: seed.viewpoints?.slice(0, 2),
};

/** The seed with one source of every lean, each with a link: every colour token and source part shows. */
export const everyLean: Story = {
  ...seed,
  id: 'every-lean',
  sources: leans.map((lean, i) => ({
    ...seed.sources![i % seed.sources!.length]!,
    id: i + 1,
    lean,
    url: `https://example.org/every-lean/${i + 1}`,
  })),
};

/** Labels a publisher rewords through `labels`, over the language's pack. */
export const houseLabels: Partial<Labels> = {
  sources: 'Unsere Quellen',
  readOn: 'Bei {outlet} weiterlesen',
  'lean.center': 'Neutral',
};
