// Writes a network, and optionally the user's scenarios, as the JSON that readNetworkJson reads back.

import { SCHEMA_VERSION, type Network } from '../model/types';

/**
 * Scenarios are opaque here: whatever JSON-serialisable values the scenario layer hands in
 * come back from readNetworkJson as `scenarios`. Two-space indentation keeps files diffable.
 */
export function writeNetworkJson(network: Network, scenarios?: readonly unknown[]): string {
  const { schemaVersion: _, ...rest } = network;
  const data = scenarios === undefined ? { schemaVersion: SCHEMA_VERSION, ...rest } : { schemaVersion: SCHEMA_VERSION, ...rest, scenarios };
  return JSON.stringify(data, null, 2) + '\n';
}
