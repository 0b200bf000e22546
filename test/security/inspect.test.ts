// The checks of the fuzz tests, shown to fail on what they look for.
import { expect } from '@open-wc/testing';
import { shown, unsafeMarkup } from './inspect.js';

function host(markup: string): HTMLElement {
  const el = document.createElement('div');
  // Test markup written by this file, never story data.
  el.attachShadow({ mode: 'open' }).innerHTML = markup;
  return el;
}

describe('the checks themselves', () => {
  it('find scripts, frames, handlers, inline styles and non-http(s) links in shadow roots', () => {
    const problems = unsafeMarkup(
      host(`<script></script><iframe></iframe><img onerror="x"><p style="color:red"></p>
        <a href="javascript:alert(1)">a</a><a href=" data:text/html,x">b</a><a href="https://example.com/">ok</a>`),
    );
    expect(problems).to.have.length(6);
    expect(problems.join('\n')).not.to.contain('example.com');
  });

  it('look into nested shadow roots', () => {
    const outer = host('<div></div>');
    outer.shadowRoot!.firstElementChild!.attachShadow({ mode: 'open' }).innerHTML = '<a href="javascript:x">x</a>';
    expect(unsafeMarkup(outer)).to.have.length(1);
  });

  it('call a widget with an empty shadow root, or only a frame, blank', () => {
    expect(shown(host(''))).to.equal('blank');
    expect(shown(host('<div part="base"> </div>'))).to.equal('blank');
    expect(shown(host('<section part="base"><h2>Title</h2></section>'))).to.equal('content');
    expect(shown(host('<div part="base error"><p>Unavailable.</p></div>'))).to.equal('error');
  });
});
