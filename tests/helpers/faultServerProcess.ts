import { spawn, type ChildProcess } from 'node:child_process'

/**
 * Starts `tests/helpers/faultServer.ts` (Payload's REST handlers in a plain Node server) in a
 * process group of its own, and resolves once it listens.
 */
export async function startFaultServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'tests/helpers/faultServer.ts'], {
    env,
    stdio: 'pipe',
    // Its own process group, so npx, tsx and node can be signalled together.
    detached: true,
  })
  server.stderr?.resume()
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('fault server did not start')), 120_000)
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer)
        resolve()
      }
    })
  })
  return server
}

/** Stops a server `startFaultServer` started (the whole group: npx, tsx and node). */
export async function stopFaultServer(
  server: ChildProcess | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
) {
  if (!server?.pid || server.exitCode !== null) return
  const exited = new Promise((resolve) => server.once('exit', resolve))
  process.kill(-server.pid, signal)
  await exited
}
