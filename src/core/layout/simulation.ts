// A seeded, stopped d3-force simulation that is advanced in batches and reports positions as a Float32Array.

import { forceLink, forceSimulation, type Simulation, type SimulationNodeDatum } from 'd3-force';
import { forceCharge } from './force-charge';
import { forceCollide } from './force-collide';
import { forceRegion } from './force-region';
import { initialPositions } from './initial-positions';
import type { LayoutInput } from './layout-input';
import { layoutParamsFor, REHEAT_ALPHA, type LayoutParams } from './params';
import { NODE_STRIDE, NODE_X, NODE_Y } from './positions';
import { lcg } from './random';
import { isStill, STILL_CHECK_ALPHA } from './stillness';

interface LayoutNode extends SimulationNodeDatum {
  index: number;
  region: number;
  radius: number;
}

export interface LayoutFrame {
  positions: Float32Array;
  /** Ticks this batch ran: fewer than asked once the layout settles. */
  ticks: number;
  alpha: number;
  settled: boolean;
}

export interface LayoutOptions {
  seed: number;
  params?: Partial<LayoutParams>;
  /** Positions of a previous version of the network, by actor id: those actors start there. */
  previous?: ReadonlyMap<string, readonly [number, number]>;
}

export interface Layout {
  step(maxTicks: number): LayoutFrame;
  pin(index: number, x: number, y: number): void;
  unpin(index: number): void;
  reheat(alpha?: number): void;
  readonly size: number;
}

export function createLayout(input: LayoutInput, options: LayoutOptions): Layout {
  const params = { ...layoutParamsFor(input.ids.length), ...options.params };
  const random = lcg(options.seed);
  const start = initialPositions(input, random, options.previous);
  const nodes: LayoutNode[] = start.map((p, i) => ({
    index: i, x: p.x, y: p.y, region: input.regions[i]!, radius: input.radii[i]!,
  }));
  const links = [];
  for (let e = 0; e < input.links.length; e += 2) {
    links.push({ source: input.links[e]!, target: input.links[e + 1]! });
  }

  const simulation: Simulation<LayoutNode, undefined> = forceSimulation(nodes)
    .stop()
    .randomSource(random)
    .alphaDecay(params.alphaDecay)
    .velocityDecay(params.velocityDecay)
    .force('link', forceLink<LayoutNode, { source: number; target: number }>(links)
      .id((d) => d.index).distance(params.linkDistance))
    .force('charge', forceCharge<LayoutNode>().strength(params.charge).theta(params.theta))
    .force('collide', forceCollide<LayoutNode>((d) => d.radius + params.collidePadding))
    .force('region', forceRegion<LayoutNode>((d) => d.region).strength(params.regionStrength));
  if (options.previous) simulation.alpha(REHEAT_ALPHA);

  const snapshot = (): Float32Array => {
    const positions = new Float32Array(nodes.length * NODE_STRIDE);
    for (let i = 0; i < nodes.length; i++) {
      positions[i * NODE_STRIDE + NODE_X] = nodes[i]!.x!;
      positions[i * NODE_STRIDE + NODE_Y] = nodes[i]!.y!;
    }
    return positions;
  };

  return {
    size: nodes.length,
    step(maxTicks) {
      let ticks = 0;
      for (; ticks < maxTicks && simulation.alpha() >= params.alphaMin; ticks++) simulation.tick();
      // Come to rest early: what is left of alpha would only move actors by fractions of a pixel.
      if (ticks > 0 && params.stillSpeed > 0 && simulation.alpha() < STILL_CHECK_ALPHA && isStill(nodes, params.stillSpeed)) {
        simulation.alpha(0);
      }
      const alpha = simulation.alpha();
      return { positions: snapshot(), ticks, alpha, settled: alpha < params.alphaMin };
    },
    pin(index, x, y) {
      const node = nodes[index];
      if (!node) return;
      node.fx = node.x = x;
      node.fy = node.y = y;
    },
    unpin(index) {
      const node = nodes[index];
      if (!node) return;
      node.fx = null;
      node.fy = null;
    },
    reheat(alpha = REHEAT_ALPHA) {
      simulation.alpha(Math.max(simulation.alpha(), alpha));
    },
  };
}
