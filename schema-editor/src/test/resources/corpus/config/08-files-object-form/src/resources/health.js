export class Health extends Resource { get() { return { ok: true }; } }
