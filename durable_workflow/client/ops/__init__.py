"""Client operations, one module per area (see ``durable_workflow.client`` for how to add one)."""
