require('better-sqlite3'); console.log('install check: better-sqlite3 native module loads');
