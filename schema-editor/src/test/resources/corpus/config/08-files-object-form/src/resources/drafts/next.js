// work in progress, not loaded
