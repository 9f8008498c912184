// The sidebar's occasional tools, in a chunk of their own: loaded the first time one is opened.

export { default as GuessReveal } from './GuessReveal.svelte';
export { default as StoriesPanel } from './StoriesPanel.svelte';
export { default as SuggestionsPanel } from './SuggestionsPanel.svelte';
export { default as WorkshopPanel } from './WorkshopPanel.svelte';
