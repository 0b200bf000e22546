import { PRERENDERED } from '../../src/registry.js';
import { settled } from '../helpers.js';
import { until } from './inspect.js';

/** Elements on every host page that report a story of their own (see host-pages.js): four from src, four inline, two providers. */
export const REPORTING = 10;
/** The four widgets (src/registry.ts). */
export const WIDGET_TAGS = PRERENDERED;

export interface HostPage {
  frame: HTMLIFrameElement;
  doc: Document;
  /** What test/security/pages/spy.js recorded (PageSpy: test/page-globals.d.ts). */
  spy: PageSpy;
  /** Every widget on the page, those inside providers included. */
  widgets: HTMLElement[];
}

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** Opens host page `name` (test/security/server/host-pages.js) in an iframe, served with the Content-Security-Policy `csp` if given. */
export async function openFrame(name: string, csp?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frames.push(frame);
  frame.style.width = '1000px';
  frame.style.height = '800px';
  frame.src = `/security/pages/${name}${csp ? `?csp=${encodeURIComponent(csp)}` : ''}`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame;
}

export const spyOf = (frame: HTMLIFrameElement) => frame.contentWindow!.__spy;

/** Opens host page `name` and resolves once every element reported `story-load` or `story-error` and finished rendering. */
export async function openHostPage(name: string, csp?: string): Promise<HostPage> {
  const frame = await openFrame(name, csp);
  const spy = spyOf(frame);
  await until(
    () => spy.loads.length + spy.failures.length >= REPORTING,
    `the ${REPORTING} elements of "${name}" reported`,
    30000,
  );
  const doc = frame.contentDocument!;
  const widgets = [...doc.querySelectorAll<HTMLElement>(WIDGET_TAGS.join(','))];
  await Promise.all(widgets.map((widget) => settled(widget)));
  return { frame, doc, spy, widgets };
}
