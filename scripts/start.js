// npm start: build the H5 app if it is missing or stale, then serve API + H5 on SQLite with demo data.
const { buildH5IfNeeded, run } = require('./lib');

buildH5IfNeeded();
run('npx', ['tsx', 'server/src/server.ts']);
