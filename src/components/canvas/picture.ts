// The current view as a file: PNG at twice the screen's resolution for slides, or SVG to edit.
// Light whatever the page's theme by default: the picture goes onto slides and into reports, which are mostly white.

import { LIGHT_CANVAS, type CanvasTheme } from './canvas-theme';
import { drawNetwork } from './draw-network';
import type { Camera, Scene } from './scene';
import { SvgContext } from './svg-context';

export interface Picture {
  scene: Scene;
  camera: Camera;
  width: number;
  height: number;
}

export function pictureSvg(picture: Picture, theme: Readonly<CanvasTheme> = LIGHT_CANVAS): string {
  const svg = new SvgContext(Math.round(picture.width), Math.round(picture.height));
  drawNetwork(svg as unknown as CanvasRenderingContext2D, picture.scene, picture.camera, picture.width, picture.height, theme);
  return svg.toString();
}

export function picturePng(picture: Picture, scale = 2, theme: Readonly<CanvasTheme> = LIGHT_CANVAS): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(picture.width * scale);
  canvas.height = Math.round(picture.height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  drawNetwork(ctx, picture.scene, picture.camera, picture.width, picture.height, theme);
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The picture could not be made'))), 'image/png'));
}
