// What the locators read: a file of the checkout, already loaded by an adapter (src/source).

export interface RepoFile {
  /** Repository-relative, `/` separators. */
  path: string
  text: string
}
