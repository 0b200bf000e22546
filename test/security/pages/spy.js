// Loaded first by every host page (a classic external script, so that even a
// strict CSP runs it): records what the library does to the page, for the
// test in the parent window to read from `window.__spy`.
(() => {
  /** @type {PageSpy} */
  const spy = {
    violations: [],
    errors: [],
    evals: [],
    policies: [],
    warnings: [],
    loads: [],
    failures: [],
  };
  window.__spy = spy;

  document.addEventListener('securitypolicyviolation', (e) => {
    spy.violations.push(
      `${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`,
    );
  });
  window.addEventListener('error', (e) => spy.errors.push(String(e.message)));
  window.addEventListener('unhandledrejection', (e) => spy.errors.push(`unhandled rejection: ${e.reason}`));
  const tagOf = (e) => /** @type {Element} */ (e.composedPath()[0]).localName;
  window.addEventListener('story-load', (e) => spy.loads.push(tagOf(e)));
  window.addEventListener('story-error', (e) =>
    spy.failures.push(`${tagOf(e)}: ${/** @type {CustomEvent<{ kind: string }>} */ (e).detail.kind}`),
  );

  // Code from strings: eval, the Function constructors (reached through the
  // global or through any function's .constructor) and string timers.
  const record = (name) => spy.evals.push(`${name} (${new Error().stack?.split('\n')[2]?.trim()})`);
  const realEval = window.eval;
  window.eval = function (code) {
    record('eval');
    return realEval(code);
  };
  const trap = (Original, name) => {
    const Spy = new Proxy(Original, {
      apply: (target, self, args) => (record(name), Reflect.apply(target, self, args)),
      construct: (target, args) => (record(name), Reflect.construct(target, args)),
    });
    Object.defineProperty(Original.prototype, 'constructor', { value: Spy });
    return Spy;
  };
  window.Function = trap(Function, 'Function');
  trap(Object.getPrototypeOf(async () => {}).constructor, 'AsyncFunction');
  trap(Object.getPrototypeOf(function* () {}).constructor, 'GeneratorFunction');
  for (const timer of ['setTimeout', 'setInterval']) {
    const real = window[timer];
    window[timer] = function (handler, ...rest) {
      if (typeof handler === 'string') record(`${timer}(string)`);
      return real.call(this, handler, ...rest);
    };
  }

  // Which Trusted Types policies the page's scripts create (the CSP must name them).
  // (Looked up by name: Trusted Types are not in TypeScript's DOM types.)
  const policyFactory = Reflect.get(window, 'trustedTypes');
  if (policyFactory) {
    const create = policyFactory.createPolicy.bind(policyFactory);
    policyFactory.createPolicy = (name, rules) => (spy.policies.push(name), create(name, rules));
  }

  const warn = console.warn.bind(console);
  console.warn = (...args) => (spy.warnings.push(args.map(String).join(' ')), warn(...args));
})();
