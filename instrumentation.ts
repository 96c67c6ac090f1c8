// Runs once when a Next.js server instance starts.
export async function register() {
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startOutboxWorker } = await import('./lib/search/outbox-worker');
    startOutboxWorker();
  }
}
