// autocannon ships no types; the benchmarks use this much of it.
declare module 'autocannon' {
  interface Histogram { p50: number; p99: number; average: number }
  interface Result { latency: Histogram; requests: Histogram & { total: number }; errors: number; non2xx: number }
  function autocannon(options: { url: string; headers?: Record<string, string>; connections?: number; duration?: number }): Promise<Result>;
  export default autocannon;
}
