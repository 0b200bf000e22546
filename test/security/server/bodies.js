// Generated story bodies, served from a real HTTP route so that the fuzz tests
// feed every element through `src` exactly as a publisher's server would.
//
//   POST /security/bodies               stores the request body; answers { url }
//   GET  /security/bodies/ID            that body, as application/json
//   GET  /security/settings             { fuzzRuns } (FUZZ_RUNS, default 1000)
//   POST /security/figures              prints one line of figures a test measured

const bodies = new Map();
const KEEP = 256; // bodies are fetched right after they are stored; older ones can go
let next = 0;

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

export async function bodiesRoute(ctx, next_) {
  if (!ctx.path.startsWith('/security/')) return next_();
  const route = ctx.path.slice('/security/'.length);

  if (route === 'bodies' && ctx.method === 'POST') {
    const id = String(next++);
    bodies.set(id, await readBody(ctx.req));
    if (bodies.size > KEEP) bodies.delete(bodies.keys().next().value);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ url: `/security/bodies/${id}` });
    return;
  }
  if (route.startsWith('bodies/')) {
    const body = bodies.get(route.slice('bodies/'.length));
    if (!body) return next_();
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  if (route === 'settings') {
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({ fuzzRuns: Number(process.env.FUZZ_RUNS) || 1000 });
    return;
  }
  if (route === 'figures' && ctx.method === 'POST') {
    console.log(`[security figures] ${(await readBody(ctx.req)).toString('utf8')}`);
    ctx.status = 204;
    return;
  }
  return next_();
}
