// The repository a GitHub call is about, as the run's context names it.
export interface Repo {
  owner: string;
  repo: string;
}
