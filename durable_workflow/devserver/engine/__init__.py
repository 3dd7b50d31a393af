"""Engine layer: the protocol's rules per concept, called by the HTTP layer.

Runs, history, workflow tasks and leases, activities, timers, signals, queries and updates,
children, schedules, namespaces, task queues and workers, and the background passes. Nothing
here speaks HTTP.
"""
