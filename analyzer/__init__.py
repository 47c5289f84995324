"""German editorial bias and tone analyzer."""
