#!/usr/bin/env node
const big = 9_007_199_254_740_993n;
const mask = 0xff_ff;

export class Audit extends Resource {
	static loadAsInstance = false;
	static #instances = 0;
	#startedAt = Date.now();

	static {
		Audit.#instances = 0;
	}

	get uptime() {
		return Date.now() - this.#startedAt;
	}

	#format(entry) {
		const tag = entry?.tag ?? 'none';
		return `[${new Date(entry.time).toISOString()}] ${tag}: ${entry.message ?? `${'no message'}`}`;
	}

	async get(target) {
		Audit.#instances++;
		const log = await databases.system.hdb_analytics.search({ limit: 10 });
		const lines = [];
		for await (const entry of log) lines.push(this.#format(entry));
		return { count: lines.length, lines, big: big.toString(), mask };
	}
}
