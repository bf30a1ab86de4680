const ws = new WebSocket(`ws://${location.host}/messages/`);
