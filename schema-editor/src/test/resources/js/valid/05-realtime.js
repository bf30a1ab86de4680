export class Chat extends tables.Message {
	static loadAsInstance = false;

	async *connect(target, incomingMessages) {
		const subscription = await super.subscribe({ omitCurrent: true });
		if (!incomingMessages) {
			return subscription; // SSE: only outgoing
		}
		for await (const message of incomingMessages) {
			const text = String(message.text ?? '').replace(/<[^>]*>/g, '').trim();
			if (text.length / 2 > 500) continue;
			yield { event: 'echo', data: text };
		}
	}

	publish(target, message) {
		return super.publish(target, { ...message, at: Date.now() });
	}
}
