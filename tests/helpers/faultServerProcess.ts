import { spawn, type ChildProcess } from 'node:child_process'

const START_TIMEOUT_MS = 120_000
const PORT_RETRY_MS = 250

/** Spawns the server once: resolves when it listens, rejects when it exits first. */
function spawnOnce(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const server = spawn('npx', ['tsx', 'tests/helpers/faultServer.ts'], {
    env,
    stdio: 'pipe',
    // Its own process group, so npx, tsx and node can be signalled together.
    detached: true,
  })
  let stderr = ''
  server.stderr!.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000)
  })
  return new Promise<ChildProcess>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left behind holding the port for the next start.
      process.kill(-server.pid!, 'SIGKILL')
      reject(new Error(`fault server did not start: ${stderr}`))
    }, START_TIMEOUT_MS)
    server.stdout!.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('listening')) {
        clearTimeout(timer)
        resolve(server)
      }
    })
    // 'close', not 'exit': by then its stderr (EADDRINUSE, say) has been read.
    server.once('close', () => {
      clearTimeout(timer)
      reject(new Error(`fault server exited before listening: ${stderr}`))
    })
  })
}

/**
 * Starts `tests/helpers/faultServer.ts` (Payload's REST handlers in a plain Node server) in a
 * process group of its own, and resolves once it listens. A server killed a moment ago may
 * still hold the port while its last process exits: the start is then tried again.
 */
export async function startFaultServer(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await spawnOnce(env)
    } catch (error) {
      if (attempt >= 20 || !/EADDRINUSE/.test(String(error))) throw error
      await new Promise((resolve) => setTimeout(resolve, PORT_RETRY_MS))
    }
  }
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
