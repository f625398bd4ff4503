'use client'

import { $isInlineBlockNode } from '@payloadcms/richtext-lexical/client'
import { $getRoot } from '@payloadcms/richtext-lexical/lexical'
import { useLexicalComposerContext } from '@payloadcms/richtext-lexical/lexical/react/LexicalComposerContext'
import { $dfs } from '@payloadcms/richtext-lexical/lexical/utils'
import { useConfig, useFormFields } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import './admin.css'

const idOf = (value: unknown) =>
  typeof value === 'object' && value !== null ? (value as { id?: unknown }).id : value

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

/** The references cited in the body, in the order of their first citation (the reader's numbers). */
const citedInOrder = (): string[] => {
  const order: string[] = []
  for (const { node } of $dfs($getRoot())) {
    if (!$isInlineBlockNode(node)) continue
    const fields = node.getFields() as { blockType?: string; reference?: unknown }
    const id = idOf(fields.reference)
    if (fields.blockType === 'citation' && id != null && !order.includes(String(id))) {
      order.push(String(id))
    }
  }
  return order
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
    const renumber = () =>
      editor.getEditorState().read(() => {
        const position = citedInOrder().indexOf(key)
        setNumber(position < 0 ? null : position + 1)
      })
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
