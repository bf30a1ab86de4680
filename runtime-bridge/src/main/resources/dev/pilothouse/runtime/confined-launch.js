// Runs inside the sandbox of a confined Harper: starts Harper, and bridges each Unix socket named on the command
// line (SOCKET=PORT) to Harper's TCP port on the sandbox's own loopback. The sandbox has no other network, so these
// sockets are the console's only way in and nothing inside has a way out. It ends when Harper does.
'use strict';
const net = require('net');
const fs = require('fs');
const { spawn } = require('child_process');

const [, , entry, ...bridges] = process.argv;
for (const bridge of bridges) {
  const [socket, port] = bridge.split('=');
  try { fs.unlinkSync(socket); } catch (e) { /* absent: nothing to replace */ }
  net.createServer((client) => {
    const harper = net.connect(Number(port), '127.0.0.1');
    client.pipe(harper);
    harper.pipe(client);
    harper.on('error', () => client.destroy());
    client.on('error', () => harper.destroy());
  }).listen(socket);
}
const harper = spawn(process.execPath, [entry], { stdio: ['ignore', 'inherit', 'inherit'] });
harper.on('exit', (code, signal) => {
  console.log(`confined Harper exited (code ${code}, signal ${signal})`);
  process.exit(code === null ? 1 : code); // the sandbox ends with Harper, so the console sees it stop
});
