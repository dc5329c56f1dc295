import cliProgress from 'cli-progress';

/** A progress bar on stderr (stdout stays clean for data); silent when stderr is not a terminal and quiet is asked. */
export function createProgressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    { format: `${label} [{bar}] {percentage}% | {value}/{total} {stage}`, stream: process.stderr, hideCursor: true, noTTYOutput: true, notTTYSchedule: 1000 },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number, stage = '') {
      if (!started) {
        bar.start(total, 0, { stage });
        started = true;
      }
      bar.setTotal(total);
      bar.update(done, { stage });
    },
    stop() {
      if (started) bar.stop();
    },
  };
}
