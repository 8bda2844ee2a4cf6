import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** A server in a child process: it can be killed like a crashed instance, and started again on its port. */
export class ServerProcess {
  private child: ChildProcess | null = null;
  port = 0;

  constructor(private readonly databaseUrl: string) {}

  get url() {
    return `http://127.0.0.1:${this.port}`;
  }

  get wsUrl() {
    return `ws://127.0.0.1:${this.port}/graphql`;
  }

  async start() {
    const child = fork(fileURLToPath(new URL('./server-child.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx'],
      env: { ...process.env, SERVER_DATABASE_URL: this.databaseUrl, SERVER_PORT: String(this.port) },
      stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    });
    this.child = child;
    this.port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`the server process exited (${code}) before it was ready`)));
      child.on('message', (message: { type: string; port: number }) => message.type === 'ready' && resolve(message.port));
    });
  }

  /** Ends the process at once, as a crash would: no graceful close of its sockets. */
  async kill() {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }

  async stop() {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.send({ type: 'stop' });
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null) await this.kill();
  }
}
