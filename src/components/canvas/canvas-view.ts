// A framework-free canvas view of the network: high-DPI painting, d3-zoom pan and zoom, drag, hover, click.

import { drag, type D3DragEvent } from 'd3-drag';
import { select, type Selection } from 'd3-selection';
import { zoom, zoomIdentity, type ZoomBehavior, type ZoomTransform } from 'd3-zoom';
import { NODE_STRIDE } from '../../core/layout/positions';
import { LIGHT_CANVAS, type CanvasTheme } from './canvas-theme';
import { drawNetwork } from './draw-network';
import { centreOn, fitCamera } from './fit';
import { HitTester } from './hit-test';
import { Motion } from './motion';
import type { Picture } from './picture';
import type { Camera, Scene } from './scene';

export interface CanvasViewEvents {
  hover(index: number, at: { x: number; y: number } | null): void;
  click(index: number): void;
  drag(index: number, x: number, y: number): void;
  unpin(index: number): void;
  drawn(): void;
}

const HIT_SLACK_PX = 4;

export class CanvasView {
  #canvas: HTMLCanvasElement;
  #events: CanvasViewEvents;
  #scene: Scene | null = null;
  #theme: Readonly<CanvasTheme> = LIGHT_CANVAS;
  #camera: Camera = { x: 0, y: 0, k: 1 };
  #zoom: ZoomBehavior<HTMLCanvasElement, unknown>;
  #selection: Selection<HTMLCanvasElement, unknown, null, undefined>;
  #hits = new HitTester();
  #frame = 0;
  #width = 0;
  #height = 0;
  /** Until the user pans or zooms, the camera keeps the whole network in view as it settles. */
  #autoFit = true;
  #resize: ResizeObserver;
  #animation = 0;
  #bottomInset = 0;
  /** Painting is put off (see hold); `#owed`: a paint was asked for meanwhile. */
  #held = false;
  #owed = false;
  /** A big network is painted with less detail while it moves, and in full once it rests. */
  #motion = new Motion(() => this.#schedule());

  constructor(canvas: HTMLCanvasElement, events: CanvasViewEvents) {
    this.#canvas = canvas;
    this.#events = events;
    this.#selection = select(canvas);
    this.#zoom = zoom<HTMLCanvasElement, unknown>()
      .scaleExtent([0.05, 12])
      // The size measured on resize: d3's default reads the element's size, forcing a layout of the page mid-update.
      .extent(() => [[0, 0], [this.#width, this.#height]])
      .filter((event: MouseEvent & WheelEvent) => (!event.ctrlKey || event.type === 'wheel') && !event.button
        && !(event.type === 'dblclick' && this.#actorAt(event) >= 0))
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (event.sourceEvent) this.#autoFit = false;
        this.#motion.moved();
        this.#camera = { x: event.transform.x, y: event.transform.y, k: event.transform.k };
        this.#schedule();
      });
    // Drag goes first, so a press on an actor drags it and a press on the background pans.
    this.#selection
      .call(drag<HTMLCanvasElement, unknown, number | undefined>()
        // d3-drag hands the subject accessor its own "beforestart" event; the pointer is on its sourceEvent.
        .subject((event: { sourceEvent: MouseEvent }) => {
          const i = this.#actorAt(event.sourceEvent);
          return i >= 0 ? i : undefined;
        })
        .on('drag', (event: D3DragEvent<HTMLCanvasElement, unknown, number>) => {
          if (event.subject === undefined) return;
          const [x, y] = this.#toWorld(event.sourceEvent as MouseEvent);
          this.#events.drag(event.subject, x, y);
        }) as never)
      .call(this.#zoom)
      .on('dblclick.unpin', (event: MouseEvent) => {
        const i = this.#actorAt(event);
        if (i >= 0) this.#events.unpin(i);
      })
      .on('click.select', (event: MouseEvent) => this.#events.click(this.#actorAt(event)))
      .on('mousemove.hover', (event: MouseEvent) => {
        // No card while a button is down (a drag or a pan): finding the actor under a moving picture costs a new quadtree per move.
        if (event.buttons) return this.#events.hover(-1, null);
        const i = this.#actorAt(event);
        this.#canvas.style.cursor = i >= 0 ? 'pointer' : 'grab';
        this.#events.hover(i, i >= 0 ? { x: event.offsetX, y: event.offsetY } : null);
      })
      .on('mouseleave.hover', () => this.#events.hover(-1, null));
    this.#resize = new ResizeObserver(() => this.#measure());
    this.#resize.observe(canvas);
    this.#measure();
  }

  setScene(scene: Scene): void {
    if (scene.positions !== this.#scene?.positions) this.#motion.moved();
    this.#scene = scene;
    if (this.#autoFit && this.#width > 0) this.#setCamera(fitCamera(scene.positions, scene.visible, this.#width, this.#height, 48, this.#bottomInset));
    this.#schedule();
  }

  /** The colours of the page's theme; a change repaints the frame as it is. */
  setTheme(theme: Readonly<CanvasTheme>): void {
    if (theme === this.#theme) return;
    this.#theme = theme;
    this.#schedule();
  }

  /** Brings an actor to the centre, zoomed in enough to read its neighbours; animated unless motion is reduced. */
  zoomTo(index: number): void {
    const scene = this.#scene;
    if (!scene || index < 0) return;
    this.#autoFit = false;
    const target = centreOn(scene.positions[index * NODE_STRIDE]!, scene.positions[index * NODE_STRIDE + 1]!,
      Math.max(this.#camera.k, 1.6), this.#width, this.#height);
    const reduce = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    this.#animateTo(target, reduce ? 0 : 450);
  }

  /** Zooms by `factor` at once, about an actor (the keyboard's focus) or, for -1, the middle of the view. */
  zoomBy(factor: number, index = -1): void {
    const scene = this.#scene;
    this.#autoFit = false;
    const at: [number, number] = scene && index >= 0
      ? [this.#camera.x + scene.positions[index * NODE_STRIDE]! * this.#camera.k, this.#camera.y + scene.positions[index * NODE_STRIDE + 1]! * this.#camera.k]
      : [this.#width / 2, this.#height / 2];
    this.#zoom.scaleBy(this.#selection, factor, at);
  }

  /** Keeps the bottom `pixels` of the canvas free when fitting, for what is drawn over the map there. */
  setBottomInset(pixels: number): void {
    if (pixels === this.#bottomInset) return;
    this.#bottomInset = pixels;
    if (this.#autoFit && this.#scene) this.setScene(this.#scene);
  }

  /** What is on screen now, for a picture export. */
  picture(): Picture | null {
    return this.#scene ? { scene: this.#scene, camera: this.#camera, width: this.#width, height: this.#height } : null;
  }

  /** Shows the whole network again and follows it while it settles. */
  fit(): void {
    this.#autoFit = true;
    if (this.#scene) this.setScene(this.#scene);
  }

  /** While held nothing is painted, and so the layout is not asked for frames; a paint asked for meanwhile follows the release. */
  hold(held: boolean): void {
    if (held === this.#held) return;
    this.#held = held;
    if (held && this.#frame) {
      cancelAnimationFrame(this.#frame);
      this.#frame = 0;
      this.#owed = true;
    }
    if (!held && this.#owed) {
      this.#owed = false;
      this.#schedule();
    }
  }

  destroy(): void {
    cancelAnimationFrame(this.#frame);
    cancelAnimationFrame(this.#animation);
    this.#motion.dispose();
    this.#resize.disconnect();
    this.#selection.on('.zoom', null).on('.drag', null).on('.unpin', null).on('.select', null).on('.hover', null);
  }

  #animateTo(target: Camera, duration: number): void {
    cancelAnimationFrame(this.#animation);
    const from = this.#camera;
    const start = performance.now();
    const step = (now: number) => {
      const t = duration === 0 ? 1 : Math.min(1, (now - start) / duration);
      const e = t < 0.5 ? 2 * t * t : 1 - (-2 * t + 2) ** 2 / 2;
      this.#setCamera({ x: from.x + (target.x - from.x) * e, y: from.y + (target.y - from.y) * e, k: from.k + (target.k - from.k) * e });
      if (t < 1) this.#animation = requestAnimationFrame(step);
    };
    this.#animation = requestAnimationFrame(step);
  }

  #setCamera(camera: Camera): void {
    this.#zoom.transform(this.#selection, zoomIdentity.translate(camera.x, camera.y).scale(camera.k));
  }

  #toWorld(event: MouseEvent): [number, number] {
    const rect = this.#canvas.getBoundingClientRect();
    return [(event.clientX - rect.left - this.#camera.x) / this.#camera.k, (event.clientY - rect.top - this.#camera.y) / this.#camera.k];
  }

  #actorAt(event: MouseEvent): number {
    if (!this.#scene) return -1;
    const [x, y] = this.#toWorld(event);
    return this.#hits.find(this.#scene, x, y, HIT_SLACK_PX / this.#camera.k);
  }

  #measure(): void {
    const rect = this.#canvas.getBoundingClientRect();
    const dpr = globalThis.devicePixelRatio || 1;
    this.#width = rect.width;
    this.#height = rect.height;
    this.#canvas.width = Math.round(rect.width * dpr);
    this.#canvas.height = Math.round(rect.height * dpr);
    if (this.#scene && this.#autoFit) this.setScene(this.#scene);
    this.#schedule();
  }

  #schedule(): void {
    if (this.#held) {
      this.#owed = true;
      return;
    }
    if (this.#frame) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = 0;
      this.#paint();
    });
  }

  #paint(): void {
    const ctx = this.#canvas.getContext('2d');
    if (!ctx || !this.#scene) return;
    const dpr = this.#canvas.width / Math.max(1, this.#width);
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    drawNetwork(ctx, this.#scene, this.#camera, this.#width, this.#height, this.#theme, { moving: this.#motion.paintingInMotion() });
    this.#events.drawn();
  }
}
