// npm start: build the H5 app if it is missing or stale, then serve API + H5 on SQLite with demo data.
const { buildH5IfNeeded, run } = require('./lib');

buildH5IfNeeded();
// A fresh demo database gets a banner's day of cases (DEMO_CASES=0 starts empty).
run('npx', ['tsx', 'server/src/server.ts'], { env: { ...process.env, DEMO_CASES: process.env.DEMO_CASES ?? '1' } });
