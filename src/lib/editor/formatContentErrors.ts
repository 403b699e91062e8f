// Story files' problems are listed by the story layer (assembleStories throws them at build time).
export { formatContentErrors, type ContentProblem } from '../story/formatContentErrors';
