// Routes of the test server that answer badly on purpose, so the network
// tests talk to a real HTTP server on 127.0.0.1 instead of a mocked fetch.
//
//   /faults/story?key=K&delay=MS&id=ID&lang=L  a valid story (its id = ID, in language L), after MS ms
//   /faults/status/CODE                 that HTTP status with a JSON body
//   /faults/html                        200 with an HTML login page
//   /faults/wrong-type                  a valid story sent as text/plain
//   /faults/truncated                   the seed story cut in the middle
//   /faults/not-json                    application/json that is not JSON
//   /faults/huge?key=K&bytes=N          N bytes of JSON-looking body, streamed slowly
//   /faults/hang?key=K                  headers never sent
//   /faults/trickle?key=K&ms=MS         a valid story, one chunk every MS ms
//   /faults/redirect                    302 to the seed story
//   /faults/log?key=K                   what the server saw for key K:
//                                       { requests, closedEarly, bytesSent }
import { readFileSync } from 'node:fs';

const seed = readFileSync(new URL('../../demo/stories/open-source-ai.json', import.meta.url), 'utf8');
const log = new Map();

function entry(key) {
  if (!log.has(key)) log.set(key, { requests: 0, closedEarly: false, bytesSent: 0 });
  return log.get(key);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Writes the body chunk by chunk, noting whether the client hung up first. */
async function stream(res, record, chunks, pause) {
  let closed = false;
  res.on('close', () => {
    if (!res.writableEnded) record.closedEarly = closed = true;
  });
  for (const chunk of chunks) {
    if (closed) return;
    res.write(chunk);
    record.bytesSent += Buffer.byteLength(chunk);
    await sleep(pause);
  }
  if (!closed) res.end();
}

export async function faults(ctx, next) {
  if (!ctx.path.startsWith('/faults/')) return next();
  const route = ctx.path.slice('/faults/'.length);
  const query = ctx.query;
  const record = entry(query.key ?? route);
  record.requests++;
  const res = ctx.res;

  if (route === 'log') {
    record.requests--; // reading the log is not a request for the story (undone before answering)
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(record);
    return;
  }
  if (route === 'story') {
    await sleep(Number(query.delay ?? 0));
    ctx.type = 'application/json';
    ctx.body = JSON.stringify({
      ...JSON.parse(seed),
      id: query.id ?? 'open-source-ai',
      title: `Story ${query.id ?? 'seed'}`,
      ...(query.lang && { lang: query.lang }),
    });
    return;
  }
  if (route.startsWith('status/')) {
    ctx.status = Number(route.slice('status/'.length));
    ctx.type = 'application/json';
    ctx.body = '{"error":"nope"}';
    return;
  }
  if (route === 'html') {
    ctx.type = 'text/html';
    ctx.body = '<!doctype html><title>Sign in</title><form><input name="user"></form>';
    return;
  }
  if (route === 'wrong-type') {
    ctx.type = 'text/plain';
    ctx.body = seed;
    return;
  }
  if (route === 'truncated') {
    ctx.type = 'application/json';
    ctx.body = seed.slice(0, seed.length / 2);
    return;
  }
  if (route === 'not-json') {
    ctx.type = 'application/json';
    ctx.body = "{ id: 'single quotes are not JSON' }";
    return;
  }
  if (route === 'redirect') {
    ctx.redirect('/demo/stories/open-source-ai.json');
    return;
  }

  // The routes below write the raw response themselves.
  ctx.respond = false;
  if (route === 'huge') {
    const total = Number(query.bytes ?? 5_000_000);
    const chunk = '[' + '0,'.repeat(32 * 1024) + '0]';
    res.writeHead(200, { 'content-type': 'application/json' }); // no length: the client must count
    await stream(
      res,
      record,
      Array.from({ length: Math.ceil(total / chunk.length) }, () => chunk),
      5,
    );
  } else if (route === 'hang') {
    res.on('close', () => (record.closedEarly = true));
  } else if (route === 'trickle') {
    const pieces = seed.match(/[\s\S]{1,400}/g);
    res.writeHead(200, { 'content-type': 'application/json' });
    await stream(res, record, pieces, Number(query.ms ?? 20));
  } else {
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('unknown fault');
  }
}
