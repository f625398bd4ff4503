'use client'

import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { useConfig, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { citedReferenceIds } from '@/lib/lexical'
import { idOf } from '@/lib/relationId'

import './admin.css'

// One request per reference however often it is cited, for as long as the admin is open.
const titles = new Map<string, Promise<string | null>>()

const referenceTitle = (api: string, id: string) => {
  if (!titles.has(id)) {
    titles.set(
      id,
      fetch(`${api}/references/${id}?depth=0&draft=true&select[title]=true`, {
        credentials: 'include',
      })
        .then((response) => (response.ok ? response.json() : null))
        .then((doc: { title?: string } | null) => doc?.title ?? null)
        .catch(() => null),
    )
  }
  return titles.get(id)!
}

/**
 * The citation chip in the article editor: `[n] Reference title`, numbered as the reader's
 * page numbers it (by first citation in the body), instead of a bare "Citation".
 */
export function CitationLabel() {
  const [editor] = useLexicalComposerContext()
  const { config } = useConfig()
  const id = useFormFields(([fields]) => idOf(fields.reference?.value))
  const [number, setNumber] = useState<number | null>(null)
  const [title, setTitle] = useState<string | null>(null)
  const key = id == null || id === '' ? null : String(id)

  useEffect(() => {
    if (!key) return
    const renumber = () => {
      // The editor's state as stored JSON: numbered by the same walk as the reader's page.
      const position = citedReferenceIds(editor.getEditorState().toJSON()).map(String).indexOf(key)
      setNumber(position < 0 ? null : position + 1)
    }
    renumber()
    return editor.registerUpdateListener(renumber)
  }, [editor, key])

  useEffect(() => {
    if (!key) return
    let current = true
    void referenceTitle(`${config.serverURL}${config.routes.api}`, key).then((found) => {
      if (current) setTitle(found)
    })
    return () => {
      current = false
    }
  }, [config.serverURL, config.routes.api, key])

  if (!key) return <span className="citation-label">Citation (no reference chosen)</span>
  return (
    <span className="citation-label" title={title ?? undefined}>
      <span className="citation-label__number">[{number ?? '?'}]</span>{' '}
      <span className="citation-label__title">{title ?? `Reference ${key}`}</span>
    </span>
  )
}
