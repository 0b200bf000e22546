// Leaks: a thousand create-render-remove cycles of every element, from a
// story object and from src. After a forced GC (--js-flags=--expose-gc) the
// heap, the DOM nodes and the event listeners that Chromium counts (DevTools
// protocol, see server/dom-counters.js) must be back near where they began.
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../../src/index.js';
import { seedCopy } from '../helpers.js';
import { reportFigures } from './inspect.js';
import { VARIANTS, renderVariants } from './render-variants.js';

interface Counters {
  documents: number;
  nodes: number;
  jsEventListeners: number;
}

const CYCLES = 1000;
const WARM_UP = 50;

async function cycle(i: number): Promise<void> {
  const container = document.createElement('div');
  document.body.append(container);
  // A fresh story object (validated anew) and a src (the loader's cached answer), in turn.
  await renderVariants(container, i % 2 ? { story: seedCopy() } : { src: '/security/pages/story.json' });
  container.remove();
}

/**
 * The heap after forced GCs, the least of five readings a quarter second apart: on a loaded machine work still
 * pending at the first reading (a timer, a settling request) is still alive then and gone at a later one. What a
 * leak holds stays in every reading.
 */
async function measure(): Promise<Counters & { heap: number }> {
  const gc = (window as unknown as { gc: () => void }).gc;
  const readings: number[] = [];
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => setTimeout(resolve, 250)); // let pending microtasks and timers finish
    gc();
    gc();
    readings.push((performance as unknown as { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize);
  }
  return { ...(await executeServerCommand<Counters, undefined>('dom-counters'))!, heap: Math.min(...readings) };
}

describe('memory', function () {
  this.timeout(600000);

  it(`holds no more nodes, listeners or heap after ${CYCLES} create-render-remove cycles of every element`, async () => {
    expect(typeof (window as unknown as { gc?: unknown }).gc).to.equal('function');
    for (let i = 0; i < WARM_UP; i++) await cycle(i);
    const before = await measure();
    for (let i = 0; i < CYCLES; i++) await cycle(i);
    const after = await measure();
    const growth = {
      heapKB: Math.round((after.heap - before.heap) / 1024),
      nodes: after.nodes - before.nodes,
      jsEventListeners: after.jsEventListeners - before.jsEventListeners,
      documents: after.documents - before.documents,
    };
    await reportFigures('memory', {
      cycles: CYCLES,
      elementsPerCycle: VARIANTS.length,
      heapBeforeKB: Math.round(before.heap / 1024),
      growth,
    });
    // A leak of one node, listener or kilobyte per cycle would show as a thousand.
    expect(growth.nodes, 'DOM nodes').to.be.below(100);
    expect(growth.jsEventListeners, 'event listeners').to.be.below(20);
    expect(growth.documents, 'documents').to.be.at.most(0);
    expect(growth.heapKB, 'heap (KB)').to.be.below(512);
  });
});
