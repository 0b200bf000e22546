import { oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { Story } from '../src/index.js';
import type { StoryErrorDetail, StoryLoadDetail } from '../src/index.js';

/** The seed story, as the demo serves it. */
export const SEED_URL = '/demo/stories/open-source-ai.json';
export const seed: Story = await (await fetch(SEED_URL)).json();

/** A fresh deep copy of the seed, to change in one test. */
export const seedCopy = (): Story => structuredClone(seed);

/** Every text a reader can see (or hear) in an element's shadow root, whitespace collapsed. */
export function shownText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export function $(el: Element, selector: string): HTMLElement | null {
  return el.shadowRoot!.querySelector<HTMLElement>(selector);
}

export function $$(el: Element, selector: string): HTMLElement[] {
  return [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
}

type Updatable = HTMLElement & { updateComplete: Promise<unknown> };
const containers: HTMLElement[] = [];
afterEach(() => containers.splice(0).forEach((container) => container.remove()));

/**
 * Renders `template` into the page and resolves with its first element once
 * that element (or anything inside it) dispatched `type`. The listener is in
 * place before the element connects: a story set as a property loads during
 * the very first update.
 */
export async function renderUntil<T extends HTMLElement, D>(
  template: TemplateResult,
  type: 'story-load' | 'story-error',
): Promise<{ el: T; detail: D }> {
  const container = document.createElement('div');
  containers.push(container);
  document.body.append(container);
  const event = oneEvent(container, type) as Promise<CustomEvent<D>>;
  render(template, container);
  const el = container.firstElementChild as T;
  const { detail } = await event;
  await settled(el);
  return { el, detail };
}

export const loaded = <T extends HTMLElement>(template: TemplateResult) =>
  renderUntil<T, StoryLoadDetail>(template, 'story-load');
export const failed = <T extends HTMLElement>(template: TemplateResult) =>
  renderUntil<T, StoryErrorDetail>(template, 'story-error');

/** Waits for `el` and every viewpoint-cards element inside it to finish rendering. */
export async function settled(el: Element): Promise<void> {
  const all = [el, ...el.querySelectorAll('*')].filter((node): node is Updatable => 'updateComplete' in node);
  await Promise.all(all.map((node) => node.updateComplete));
}

/** Resolves with the next `story-error` of `el`, after it has rendered. */
export async function nextError(el: HTMLElement): Promise<StoryErrorDetail> {
  const event = (await oneEvent(el, 'story-error')) as CustomEvent<StoryErrorDetail>;
  await settled(el);
  return event.detail;
}

/** What the test server logged for requests made with `?key=...`. */
export async function serverLog(key: string): Promise<{ requests: number; closedEarly: boolean; bytesSent: number }> {
  return (await fetch(`/faults/log?key=${encodeURIComponent(key)}`)).json();
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A unique key per call, so that tests never share the loader's cache or the server's log. */
let counter = 0;
export const unique = (name: string) => `${name}-${Date.now()}-${counter++}`;
