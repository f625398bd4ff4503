import { spawn } from 'node:child_process'
import { createRequire } from 'node:module'
import { pathToFileURL } from 'node:url'

const require = createRequire(import.meta.url)
const HTTP_GUARDS = pathToFileURL(require.resolve('./httpGuards.mjs')).href

/** How long `next start` may take to finish its in-flight requests before it is killed. */
const GRACE_MS = 5000

const signalGroup = (pid: number, signal: NodeJS.Signals) => {
  try {
    process.kill(-pid, signal)
  } catch {
    // already gone
  }
}

/**
 * Runs `next start` in its own process group and returns a function that stops the whole
 * group: signalling only the direct child (as through `npx`) can leave next-server running.
 * A server still busy with requests after a few seconds (a request waiting on the database,
 * say) is killed, so stopping never hangs.
 */
export function startNextServer({ port, hostname }: { port: string; hostname?: string }) {
  const site = spawn(
    process.execPath,
    [
      require.resolve('next/dist/bin/next'),
      'start',
      '-p',
      port,
      ...(hostname ? ['-H', hostname] : []),
    ],
    {
      stdio: 'inherit',
      // In NODE_OPTIONS, so that any process next start forks has it too.
      env: {
        ...process.env,
        NODE_OPTIONS: [process.env.NODE_OPTIONS, `--import=${HTTP_GUARDS}`]
          .filter(Boolean)
          .join(' '),
      },
      detached: true,
    },
  )
  const exited = new Promise<number | null>((resolve) => site.once('exit', (code) => resolve(code)))
  const stop = async () => {
    if (site.exitCode !== null || site.signalCode !== null || !site.pid) return
    signalGroup(site.pid, 'SIGTERM')
    const timer = setTimeout(() => signalGroup(site.pid!, 'SIGKILL'), GRACE_MS)
    await exited
    clearTimeout(timer)
    // Workers next-server started may outlive it in the group.
    signalGroup(site.pid, 'SIGKILL')
  }
  return { exited, stop }
}
