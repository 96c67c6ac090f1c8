// Stands in for the `server-only` marker package under Vitest (plain Node, no react-server condition).
export {};
