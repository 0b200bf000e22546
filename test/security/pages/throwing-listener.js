// A host page with a buggy listener: it throws on every event from the widgets.
for (const type of ['story-load', 'story-error']) {
  window.addEventListener(type, () => {
    throw new Error(`host listener for ${type} failed`);
  });
}
