import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)

/**
 * Runs `next start` in its own process group and returns a function that stops the whole
 * group: signalling only the direct child (as through `npx`) can leave next-server running.
 */
export function startNextServer({ port }: { port: string }) {
  const site = spawn(
    process.execPath,
    [require.resolve('next/dist/bin/next'), 'start', '-p', port],
    {
      stdio: 'inherit',
      env: process.env,
      detached: true,
    },
  )
  const exited = new Promise<number | null>((resolve) => site.once('exit', (code) => resolve(code)))
  const stop = async () => {
    if (site.exitCode === null && site.pid) {
      try {
        process.kill(-site.pid, 'SIGTERM')
      } catch {
        // already gone
      }
    }
    await exited
  }
  return { exited, stop }
}
