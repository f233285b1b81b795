// An annotation on a file and line, as the library produces them; the
// runtime turns them into workflow commands.

export interface Annotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  title?: string;
  file?: string;
  line?: number;
}
