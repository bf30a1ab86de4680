// Flags are cached by clients for FLAG_CACHE_SECONDS.
const cacheSeconds = Number(process.env.FLAG_CACHE_SECONDS ?? 30);
export class FlagSnapshot extends Resource {
  get() {
    return { cacheSeconds };
  }
}
