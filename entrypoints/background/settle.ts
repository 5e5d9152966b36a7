/**
 * Wraps an event listener so its failure is reported once, readably, instead of as an unhandled
 * rejection; work cut short because the browser is closing is not a failure.
 */
export function settle<A extends unknown[]>(
  listener: (...args: A) => unknown,
): (...args: A) => Promise<void> {
  return (...args) =>
    Promise.resolve()
      .then(async () => {
        await listener(...args);
      })
      .catch((error: unknown) => {
        if (error instanceof Error && /browser is shutting down/i.test(error.message)) return;
        console.error('Second Factor Companion:', error);
      });
}
