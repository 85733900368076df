"""scalebot: answers questions about scaling programmes, reports and contacts in Slack."""
