import './search.css'

type Props = {
  /** Unique on the page: the header and the search page each have a form. */
  id: string
  /** Names the search landmark, so two forms on one page can be told apart. */
  label: string
  defaultValue?: string
  size?: 'compact' | 'large'
}

/**
 * A plain GET form to /search: it works without JavaScript, and the address of a results
 * page is one a reader can bookmark or share.
 */
export function SearchForm({ id, label, defaultValue, size = 'compact' }: Props) {
  return (
    <form
      role="search"
      aria-label={label}
      action="/search"
      method="get"
      className={`search-form search-form--${size}`}
    >
      <label
        htmlFor={id}
        className={size === 'compact' ? 'search-visually-hidden' : 'search-form__label'}
      >
        Search Annals
      </label>
      <span className="search-form__controls">
        <input
          id={id}
          className="search-form__input"
          type="search"
          name="q"
          defaultValue={defaultValue}
          placeholder={size === 'compact' ? 'Search Annals' : 'Articles and events'}
          autoComplete="off"
          maxLength={200}
          enterKeyHint="search"
        />
        <button type="submit" className="search-form__button">
          Search
        </button>
      </span>
    </form>
  )
}
