"""Completion evidence matched to permissions (issue 13): ``address`` reads addresses, ``engine``
matches records to permissions and merges them into candidate completions, ``spatial`` finds the red
line a record lies in, ``run`` reads the store and keeps the candidates, ``decisions`` accepts and
rejects them (audited, undoable)."""
