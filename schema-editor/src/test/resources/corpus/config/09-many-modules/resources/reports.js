export class Revenue extends Resource { get() { return { totalCents: 0 }; } }
