import { readFileSync } from 'node:fs'

/** The parent pid of `pid`, read from /proc (Linux); undefined elsewhere. */
const parentOf = (pid: number): number | undefined => {
  try {
    // /proc/<pid>/stat: "pid (comm) state ppid …"; comm may hold spaces, so split after ')'.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    return Number.isInteger(ppid) && ppid > 1 ? ppid : undefined
  } catch {
    return undefined
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/**
 * Calls `onOrphaned` once when a process this one was started under (`npm`, the shell it
 * runs, `tsx`) goes away. `npm start` does not pass a SIGTERM on to its script: signalled
 * alone, it exits and leaves the script running, with the site and the database. Watching
 * the ancestors turns that into a clean stop.
 */
export function watchAncestors(onOrphaned: () => void, depth = 3) {
  const ancestors: number[] = []
  for (let pid = process.ppid; pid && ancestors.length < depth; pid = parentOf(pid)!) {
    ancestors.push(pid)
  }
  const timer = setInterval(() => {
    if (ancestors.some((pid) => !alive(pid))) {
      clearInterval(timer)
      onOrphaned()
    }
  }, 1000)
  timer.unref()
}
